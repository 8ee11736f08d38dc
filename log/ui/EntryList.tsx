import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { UiLang } from '../../settings/i18n';
import type { LogEntry } from '../types';
import { EntryItem } from './EntryItem';
import { useWindowVirtual } from './use-window-virtual';

export interface EntryListProps {
  entries: LogEntry[];
  lang: UiLang;
  onNote(id: string, note: string): Promise<boolean>;
  onDelete(id: string): void;
}

/** Up to this many entries are all in the page (Tab and find-in-page reach each one); a longer
 * list is virtualised, and the search and filters above are the way through it. */
export const VIRTUAL_FROM = 200;

export function EntryList(props: EntryListProps) {
  return props.entries.length < VIRTUAL_FROM ? (
    <div class="entries">
      {props.entries.map((e) => (
        <EntryItem
          key={e.id}
          entry={e}
          lang={props.lang}
          onNote={props.onNote}
          onDelete={props.onDelete}
        />
      ))}
    </div>
  ) : (
    <VirtualEntries {...props} />
  );
}

function VirtualEntries({ entries, lang, onNote, onDelete }: EntryListProps) {
  const ref = useRef<HTMLDivElement>(null);
  const [margin, setMargin] = useState(0);
  // The list's distance from the top of the page (the sections above can open and close).
  useLayoutEffect(() => {
    const top = Math.round((ref.current?.getBoundingClientRect().top ?? 0) + window.scrollY);
    if (top !== margin) setMargin(top);
  });
  const v = useWindowVirtual(entries.length, 260, (i) => entries[i]!.id, margin);
  return (
    <div class="entries virtual" ref={ref} style={{ height: `${v.getTotalSize()}px` }}>
      {v.getVirtualItems().map((item) => {
        const e = entries[item.index]!;
        return (
          <div
            key={e.id}
            data-index={item.index}
            ref={v.measureElement}
            class="virtual-row"
            style={{ transform: `translateY(${item.start - margin}px)` }}
          >
            <EntryItem entry={e} lang={lang} onNote={onNote} onDelete={onDelete} />
          </div>
        );
      })}
    </div>
  );
}
