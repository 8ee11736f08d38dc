import type { ContactGroup, ContactSummary } from '../group';
import type { LogEntry } from '../types';
import { Bdi, BdiList } from './Bdi';
import { GroupsDrawing } from './GroupsDrawing';
import { t } from './strings';
import type { UiLang } from '../../settings/i18n';

export interface ContactLinksProps {
  summaries: ContactSummary[];
  groups: ContactGroup[];
  entries: LogEntry[];
  lang: UiLang;
  compact: boolean;
  onPick(contact: string): void;
}

/** Per shared contact: how many ads, on which sites and pages, over which dates; plus the drawing. */
export function ContactLinks({
  summaries,
  groups,
  entries,
  lang,
  compact,
  onPick,
}: ContactLinksProps) {
  const day = (iso: string) => iso.slice(0, 10);
  return (
    <section class="links" aria-labelledby="links-h">
      <h2 id="links-h">{t('links', lang)}</h2>
      <p class="muted">{t('linksIntro', lang)}</p>
      {summaries.length === 0 ? (
        <p>{t('noLinks', lang)}</p>
      ) : (
        <>
          <table class="contact-table">
            <thead>
              <tr>
                <th scope="col">{t('contact', lang)}</th>
                <th scope="col">{t('ads', lang)}</th>
                <th scope="col">{t('sites', lang)}</th>
                <th scope="col">{t('dates', lang)}</th>
              </tr>
            </thead>
            <tbody>
              {summaries.map((s) => (
                <tr key={s.value} data-contact={s.value}>
                  <th scope="row">
                    <button type="button" class="linklike" onClick={() => onPick(s.value)}>
                      <Bdi text={s.value} />
                    </button>
                  </th>
                  <td>{s.entryIds.length}</td>
                  <td>
                    <BdiList items={s.sites} />
                  </td>
                  <td>
                    {day(s.first) === day(s.last)
                      ? day(s.first)
                      : `${day(s.first)} – ${day(s.last)}`}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <div class="drawing-wrap">
            <GroupsDrawing
              groups={groups}
              entries={entries}
              lang={lang}
              width={compact ? 340 : 640}
            />
          </div>
        </>
      )}
    </section>
  );
}
