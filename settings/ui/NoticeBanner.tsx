import { noticeText, type SettingsNotice } from '../store';
import type { UiLang } from '../i18n';

export interface NoticeBannerProps {
  notice: SettingsNotice;
  lang: UiLang;
  onDismiss(): void;
}

/** The "settings were repaired" notice, visible until dismissed. */
export function NoticeBanner({ notice, lang, onDismiss }: NoticeBannerProps) {
  return (
    <div class="notice" role="alert">
      <p>{noticeText(notice, lang)}</p>
      <button type="button" onClick={onDismiss}>
        {lang === 'nb' ? 'OK' : 'OK'}
      </button>
    </div>
  );
}
