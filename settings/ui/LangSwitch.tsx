import type { UiLang } from '../i18n';

export interface LangSwitchProps {
  lang: UiLang;
  onChange(lang: UiLang): void;
}

/** Norsk / English toggle; the choice is `settings.uiLang`, shared by every page. */
export function LangSwitch({ lang, onChange }: LangSwitchProps) {
  return (
    <div class="lang-switch" role="group" aria-label={lang === 'nb' ? 'Språk' : 'Language'}>
      {(['nb', 'en'] as const).map((l) => (
        <button
          type="button"
          key={l}
          lang={l}
          aria-pressed={lang === l}
          onClick={() => onChange(l)}
        >
          {l === 'nb' ? 'Norsk' : 'English'}
        </button>
      ))}
    </div>
  );
}
