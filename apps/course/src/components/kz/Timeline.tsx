/**
 * The timeline: an ordered list of events in date order, each linked to its page, with
 * filters by theme, place, actor and event type. The list is complete without JavaScript;
 * the filters are native selects, so they work with the keyboard and screen readers.
 */
import React, { useEffect, useId, useMemo, useState, type ReactNode } from 'react';
import Link from '@docusaurus/Link';
import type { TimelineData } from '@site/plugins/kzdata/views/index';
import { readData, type DataProp } from './data';
import styles from './styles.module.css';

type Key = 'theme' | 'place' | 'actor' | 'type';

const NONE: Record<Key, string> = { theme: '', place: '', actor: '', type: '' };

const FILTERS: { key: Key; label: string; all: string }[] = [
  { key: 'theme', label: 'Theme', all: 'All themes' },
  { key: 'place', label: 'Place', all: 'All places' },
  { key: 'actor', label: 'Person or organisation', all: 'Everyone' },
  { key: 'type', label: 'Type of event', all: 'All types' },
];

/**
 * `<Timeline />` lists every event; `from`, `to`, `place`, `actor`, `theme`, `type` narrow it
 * at build time (e.g. `<Timeline from="2011" to="2012" place="zhanaozen" />`).
 */
export default function Timeline(
  props: {
    from?: string;
    to?: string;
    place?: string;
    actor?: string;
    theme?: string;
    type?: string;
    filters?: boolean | 'false';
    /** Keep the chosen filters in the page's address (`?theme=…&place=…`), so that a filtered view can be shared. */
    inAddress?: boolean;
  } & DataProp<TimelineData>,
): ReactNode {
  const data = readData('Timeline', props);
  const id = useId();
  const [chosen, setChosen] = useState<Record<Key, string>>(NONE);
  const options: Record<Key, { id: string; name: string }[]> = {
    theme: data.filters.themes,
    place: data.filters.places,
    actor: data.filters.actors,
    type: data.filters.types,
  };
  // the server renders every event; a shared address's filters apply once the page runs
  useEffect(() => {
    if (!props.inAddress) return;
    const query = new URLSearchParams(window.location.search);
    const fromAddress = { ...NONE };
    for (const { key } of FILTERS) {
      const value = query.get(key);
      // only a choice the filter offers: a stale or mistyped id is dropped, not shown as an empty list
      if (value && options[key].some((o) => o.id === value)) fromAddress[key] = value;
    }
    setChosen(fromAddress);
  }, [props.inAddress]);
  const choose = (next: Record<Key, string>) => {
    setChosen(next);
    if (!props.inAddress) return;
    const query = new URLSearchParams(window.location.search);
    for (const { key } of FILTERS) {
      if (next[key]) query.set(key, next[key]);
      else query.delete(key);
    }
    const search = query.toString();
    window.history.replaceState(window.history.state, '', `${window.location.pathname}${search ? `?${search}` : ''}${window.location.hash}`);
  };
  const shown = useMemo(
    () =>
      data.events.filter(
        (e) =>
          (!chosen.theme || e.themes.some((t) => t.id === chosen.theme)) &&
          (!chosen.place || e.within.includes(chosen.place)) &&
          (!chosen.actor || e.actors.some((a) => a.id === chosen.actor)) &&
          (!chosen.type || e.type === chosen.type),
      ),
    [data.events, chosen],
  );
  // MDX passes filters="false" as a string
  const withFilters = props.filters !== false && props.filters !== 'false' && data.events.length > 1;
  return (
    // each event has its own page, which search finds by title and summary
    <section className={styles.timeline} aria-label="Timeline of events" data-search="skip">
      {withFilters ? (
        <fieldset className={styles.filters}>
          <legend>Filter the events</legend>
          {FILTERS.map((f) => (
            <div key={f.key} className={styles.filter}>
              <label htmlFor={`${id}-${f.key}`}>{f.label}</label>
              <select
                id={`${id}-${f.key}`}
                name={f.key}
                data-filter={f.key}
                value={chosen[f.key]}
                onChange={(ev) => choose({ ...chosen, [f.key]: ev.target.value })}
              >
                <option value="">{f.all}</option>
                {options[f.key].map((o) => (
                  <option key={o.id} value={o.id}>
                    {o.name}
                  </option>
                ))}
              </select>
            </div>
          ))}
          <button
            type="button"
            className="button button--secondary button--sm"
            onClick={() => choose(NONE)}
            disabled={!Object.values(chosen).some(Boolean)}
          >
            Show all
          </button>
        </fieldset>
      ) : null}
      <p role="status" className={styles.count}>
        {shown.length === data.events.length
          ? `${data.events.length} ${data.events.length === 1 ? 'event' : 'events'}, earliest first`
          : `Showing ${shown.length} of ${data.events.length} events`}
      </p>
      {shown.length === 0 ? (
        <p className={styles.emptyState}>
          No event matches all of these filters. Each filter narrows the list further: choose fewer, or press “Show all” to
          see every event again.
        </p>
      ) : null}
      <ol className={styles.timelineList}>
        {shown.map((e) => (
          <li key={e.id} className={styles.timelineItem} data-event={e.id}>
            <span className={styles.when}>{e.dateLabel}</span>{' '}
            <Link to={e.href} className={styles.what}>
              {e.title}
            </Link>{' '}
            <span className={styles.meta}>
              ({e.typeLabel}
              {e.places.length > 0 ? `; ${e.places.map((p) => p.name).join(', ')}` : ''})
            </span>
          </li>
        ))}
      </ol>
    </section>
  );
}
