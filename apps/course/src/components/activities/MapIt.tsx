/**
 * Map it: each event placed at a place of the map of Kazakhstan. The list of places beside each
 * event is the way for the keyboard and screen readers; with a pointer, select an event and then
 * a place on the map. The map is SVG drawn at build time (plugins/activities/map.ts).
 */
import React, { useState, type ReactNode } from 'react';
import Link from '@docusaurus/Link';
import type { MapActivity } from './types';
import { Blank, Choice, Feedback, Score, type KindProps } from './common';
import styles from './styles.module.css';

export const mapKeys = (a: MapActivity) => a.items.map((i) => `place-${i.key}`);

export function KazakhstanMap({
  activity,
  marks = {},
  onPlace,
}: {
  activity: MapActivity;
  /** Letters to show beside each place (the events placed there). */
  marks?: Record<string, string[]>;
  onPlace?: (placeId: string) => void;
}): ReactNode {
  const { map, places } = activity;
  return (
    <figure className={styles.map}>
      {/* with buttons inside, the map is a group (an image may hold nothing interactive) */}
      <svg viewBox={`0 0 ${map.width} ${map.height}`} role={onPlace ? 'group' : 'img'} aria-labelledby="map-title" className={styles.mapSvg}>
        <title id="map-title">Map of Kazakhstan and its neighbours, with the places: {places.map((p) => p.name).join(', ')}</title>
        {map.neighbours.map((n) => (
          <path key={n.name} d={n.d} className={styles.neighbour} />
        ))}
        <path d={map.country} className={styles.country} />
        {map.neighbours.map((n) => (
          <text key={n.name} x={n.labelX} y={n.labelY} className={styles.neighbourLabel} textAnchor="middle">
            {n.name}
          </text>
        ))}
        {places.map((p) => {
          const letters = marks[p.id] ?? [];
          const marker = (
            <>
              <circle cx={p.x} cy={p.y} r={7} className={styles.marker} />
              <text x={p.labelX} y={p.labelY} textAnchor={p.labelAnchor} className={styles.placeLabel}>
                {p.name}
                {letters.length ? ` (${letters.join(', ')})` : ''}
              </text>
            </>
          );
          return onPlace ? (
            <g
              key={p.id}
              role="button"
              tabIndex={0}
              aria-label={`Place the selected event at ${p.name}`}
              className={styles.markerButton}
              data-place={p.id}
              onClick={() => onPlace(p.id)}
              onKeyDown={(e) => {
                if (e.key === 'Enter' || e.key === ' ') {
                  e.preventDefault();
                  onPlace(p.id);
                }
              }}>
              {marker}
            </g>
          ) : (
            <g key={p.id}>{marker}</g>
          );
        })}
      </svg>
      <figcaption className={styles.credit}>
        {map.credit} Where each place stands:{' '}
        {places.map((p, i) => (
          <span key={p.id}>
            {i ? '; ' : ''}
            <Link to={p.href}>{p.name}</Link> ({p.latitude}, {p.longitude}; {p.origin})
          </span>
        ))}
        .
      </figcaption>
    </figure>
  );
}

export default function MapIt({ activity, answers, checked, set }: KindProps<MapActivity>): ReactNode {
  const [active, setActive] = useState<string | undefined>();
  const name = (id: string) => activity.places.find((p) => p.id === id)?.name ?? id;
  const placeOptions = activity.places.map((p) => ({ id: p.id, label: p.name }));
  const marks: Record<string, string[]> = {};
  for (const item of activity.items) {
    const at = answers[`place-${item.key}`];
    if (at) (marks[at] ??= []).push(item.key);
  }
  let right = 0;
  return (
    <>
      <KazakhstanMap
        activity={activity}
        marks={marks}
        onPlace={(place) => {
          if (active) {
            set(`place-${active}`, place);
            setActive(undefined);
          }
        }}
      />
      <p className={`${styles.muted} no-print`} aria-live="polite">
        {active ? `Now choose the place of “${activity.items.find((i) => i.key === active)?.title}” on the map.` : ''}
      </p>
      <ol className={styles.items}>
        {activity.items.map((item) => {
          const place = answers[`place-${item.key}`] ?? '';
          const ok = item.places.includes(place);
          if (ok) right += 1;
          return (
            <li key={item.key} className={styles.item} data-item={item.key}>
              <span className={styles.itemTitle}>
                {item.key}. {item.title}
              </span>{' '}
              <span className={`${styles.choices} no-print`}>
                <Choice label="Where?" answer={`place-${item.key}`} placeholder="Choose a place" options={placeOptions} value={place} set={set} describedBy={checked ? `feedback-${item.key}` : undefined} />{' '}
                <button type="button" className="button button--sm button--link" aria-pressed={active === item.key} onClick={() => setActive(active === item.key ? undefined : item.key)}>
                  Place on the map
                </button>
              </span>
              <Blank label="Place" wide />
              {checked ? (
                <Feedback id={`feedback-${item.key}`} right={ok}>
                  The data puts <Link to={item.href}>this event</Link> ({item.dateLabel}) at {item.places.map(name).join(' and ')}.
                </Feedback>
              ) : null}
            </li>
          );
        })}
      </ol>
      <Score right={right} total={activity.items.length} checked={checked} />
    </>
  );
}
