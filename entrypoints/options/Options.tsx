import { CATEGORIES, LANGS, type Lang } from '../../indicators/types';
import { categoryName } from '../../settings/category-names';
import { browserUiLang } from '../../settings/i18n';
import type { Settings } from '../../settings/types';
import { LangSwitch } from '../../settings/ui/LangSwitch';
import { NoticeBanner } from '../../settings/ui/NoticeBanner';
import { useSettings } from '../../settings/ui/use-settings';
import { CustomTerms } from './CustomTerms';
import { NotAConcern } from './NotAConcern';
import { SiteList } from './SiteList';
import { t } from './strings';

export type OptionsProps = Record<string, never>;

const toggle = <T,>(list: T[], item: T, on: boolean) =>
  on ? [...list, item] : list.filter((x) => x !== item);

/** Every change is validated and saved at once (settings/store.ts); errors show inline. */
export function Options(_props: OptionsProps) {
  const { settings: s, lang, ready, update, notice, dismissNotice, error } = useSettings();
  const set = (patch: Partial<Settings>) => void update((cur) => ({ ...cur, ...patch }));
  if (!ready) return null;
  return (
    <main class="options" lang={lang}>
      <header class="top">
        <h1>{t('title', lang)}</h1>
        <LangSwitch lang={lang} onChange={(uiLang) => set({ uiLang })} />
      </header>
      {notice && <NoticeBanner notice={notice} lang={lang} onDismiss={dismissNotice} />}
      {error && (
        <p class="error-text" role="alert">
          {error}
        </p>
      )}

      <fieldset>
        <legend>{t('uiLang', lang)}</legend>
        {(['auto', 'nb', 'en'] as const).map((l) => (
          <label key={l} class="check">
            <input
              type="radio"
              name="uiLang"
              value={l}
              checked={s.uiLang === l}
              onChange={() => set({ uiLang: l })}
            />
            {l === 'auto' ? (
              t('uiLang_auto', lang, {
                lang: t(`uiLang_${browserUiLang(navigator.languages)}`, lang),
              })
            ) : (
              <span lang={l}>{t(`uiLang_${l}`, l)}</span>
            )}
          </label>
        ))}
      </fieldset>

      <fieldset>
        <legend>{t('lexicon', lang)}</legend>
        <p class="muted">{t('lexiconHelp', lang)}</p>
        {LANGS.map((l: Lang) => (
          <label key={l} class="check">
            <input
              type="checkbox"
              checked={s.langs.includes(l)}
              disabled={s.langs.length === 1 && s.langs.includes(l)}
              onChange={(e) => set({ langs: toggle(s.langs, l, e.currentTarget.checked) })}
            />
            {t(`lang_${l}`, lang)}
          </label>
        ))}
      </fieldset>

      <fieldset>
        <legend>{t('sensitivity', lang)}</legend>
        <p class="muted">{t('sensitivityHelp', lang)}</p>
        {(['low', 'medium', 'high'] as const).map((l) => (
          <label key={l} class="check">
            <input
              type="radio"
              name="badgeLevel"
              value={l}
              checked={s.badgeLevel === l}
              onChange={() => set({ badgeLevel: l })}
            />
            {t(`level_${l}`, lang)}
          </label>
        ))}
        <label class="check">
          <input
            type="checkbox"
            checked={s.highlights}
            onChange={(e) => set({ highlights: e.currentTarget.checked })}
          />
          {t('highlights', lang)}
        </label>
      </fieldset>

      <fieldset>
        <legend>{t('categories', lang)}</legend>
        <p class="muted">{t('categoriesHelp', lang)}</p>
        <div class="cat-grid">
          {CATEGORIES.map((c) => (
            <label key={c} class="check">
              <input
                type="checkbox"
                name="category"
                value={c}
                checked={!s.disabledCategories.includes(c)}
                onChange={(e) =>
                  set({
                    disabledCategories: toggle(s.disabledCategories, c, !e.currentTarget.checked),
                  })
                }
              />
              {categoryName(c, lang)}
            </label>
          ))}
        </div>
      </fieldset>

      <section aria-labelledby="never-h">
        <h2 id="never-h">{t('neverRun', lang)}</h2>
        <SiteList
          id="never"
          sites={s.neverRunOn}
          lang={lang}
          onAdd={(h) => set({ neverRunOn: [...s.neverRunOn, h] })}
          onRemove={(h) => set({ neverRunOn: s.neverRunOn.filter((x) => x !== h) })}
        />
      </section>

      <section aria-labelledby="paused-h">
        <h2 id="paused-h">{t('paused', lang)}</h2>
        <p class="muted">{t('pausedHelp', lang)}</p>
        <SiteList
          id="paused"
          sites={s.pausedSites}
          lang={lang}
          onRemove={(h) => set({ pausedSites: s.pausedSites.filter((x) => x !== h) })}
        />
      </section>

      <section aria-labelledby="dismissed-h">
        <h2 id="dismissed-h">{t('notAConcern', lang)}</h2>
        <p class="muted">{t('notAConcernHelp', lang)}</p>
        <NotAConcern lang={lang} />
      </section>

      <section aria-labelledby="terms-h">
        <h2 id="terms-h">{t('terms', lang)}</h2>
        <p class="muted">{t('termsHelp', lang)}</p>
        <CustomTerms
          terms={s.customTerms}
          lang={lang}
          onChange={(customTerms) => set({ customTerms })}
        />
      </section>
    </main>
  );
}
