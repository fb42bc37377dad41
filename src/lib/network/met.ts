/**
 * Who met whom, as the data says it: the rule the network's links follow, in one place.
 *
 * Two participants of an event are linked as having met when the event's type says its
 * participants met (PARTICIPANTS_MET, data/vocabulary.ts) and either neither took part only
 * through mediators or one of them is a host or a mediator. A participant marked
 * `"indirect": true` (proximity or shuttle talks) is thus linked to the hosts and mediators,
 * and "talked through mediators" with the other parties, never "met" them. An actor listed twice
 * in one event (host and speaker) is indirect only if every listing is, a host or mediator if any is.
 */
import { PARTICIPANTS_MET } from '../data/vocabulary';
import type { Participant, TimelineEvent } from '../data/types';

/** Took part only through mediators. */
export const INDIRECT = 1;
/** Host or mediator: whom an indirect party is linked to. */
export const HUB = 2;

/** How one listing of an actor took part, as flags. */
export const participation = (p: Participant): number => (p.indirect ? INDIRECT : 0) | (p.role === 'host' || p.role === 'mediator' ? HUB : 0);

/** Two listings of the same actor in one event, as one. */
export const mergeParticipation = (a: number, b: number): number => (a & b & INDIRECT) | ((a | b) & HUB);

/** Whether an event's participants met, by its type. */
export const participantsMet = (e: Pick<TimelineEvent, 'type'>): boolean => PARTICIPANTS_MET[e.type] === true;

/** 1: the two met; 2: they talked through mediators; 0: the event does not say they met. */
export function pairKind(met: boolean, a: number, b: number): 0 | 1 | 2 {
  if (!met) return 0;
  return !((a | b) & INDIRECT) || (a | b) & HUB ? 1 : 2;
}
