/**
 * Strings of the reader's journeys: the phone's tools menu, the dataset's phases and the story
 * control on the normal page. Every language has exactly these keys (the English
 * file is the reference, checked by the others' types).
 */
export default {
  'story.label': 'Story',
  'story.choose': 'Choose a story',
  'story.start': 'Read the story',
  'story.step': 'Step {n} of {count}',
  'story.prev': 'Previous step',
  'story.next': 'Next step',
  'story.close': 'Close the story',
  'story.announce': 'Step {n} of {count}: {title}',
  'phase.label': 'Phase:',
  'phase.dates': '{from} – {to}',
  'menu.button': 'Menu',
  'menu.label': 'Views, language, sharing and settings',
} as const;
