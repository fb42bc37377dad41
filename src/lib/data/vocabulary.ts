/**
 * The closed vocabularies of the data format (event types, statuses, roles...), apart from the
 * schema that checks them, so the page can use them without bringing the validator into its main
 * bundle. schema.ts builds its checks from these same arrays. Sides are not here: each dataset
 * declares its own in its top-level `sides` array (see color/sides.ts for their colours).
 */

/** At most this many sides: lanes and legends stop reading well long before, and a side is a bit
 * in a 32-bit mask (data/columns.ts). */
export const MAX_SIDES = 16;

export const EVENT_TYPES = [
  'meeting',
  'talks-round',
  'summit',
  'delegation-visit',
  'phone-call',
  'statement',
  'joint-statement',
  'plan-published',
  'agreement',
] as const;

export const STATUSES = ['occurred', 'planned', 'reported', 'postponed', 'cancelled'] as const;

export const ROLES = ['host', 'visitor', 'participant', 'mediator', 'speaker', 'signatory'] as const;

export const ACTOR_KINDS = ['person', 'organisation', 'state'] as const;

export const SOURCE_FLAGS = ['state', 'partisan', 'copy', 'official'] as const;

export const NOTE_KINDS = ['disagreement', 'uncertain', 'context'] as const;

/**
 * Whether an event of each type says that its participants met (in person or on a call): only
 * these link actors as "met" in the network. A statement, a joint statement (issued apart as
 * often as together) or a published plan says nothing about who met whom.
 */
export const PARTICIPANTS_MET: Record<(typeof EVENT_TYPES)[number], boolean> = {
  meeting: true,
  'talks-round': true,
  summit: true,
  'delegation-visit': true,
  'phone-call': true,
  agreement: true, // a signing; an agreement announced apart is a statement
  statement: false,
  'joint-statement': false,
  'plan-published': false,
};
