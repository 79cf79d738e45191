/**
 * Whether a sentence reports a figure as what happened (observed), what someone means to do
 * (planned: "will", "plans to", "aims to", "has promised to", "calls for", "in the coming months")
 * or what someone expects (projected: "expected to", "is likely to", "could reach", "forecast").
 * The words are read in the figure's clause, before it and up to the next comma after it.
 */
export type Modality = "observed" | "planned" | "projected";

const PROJECTED =
  /\b(?:(?:is|are|was|were)\s+expected\s+to|expects?\s+(?:[\w-]+\s+){0,8}?to\s+(?:rise|reach|fall|top|exceed|climb|grow|increase|double|drop|remain|stay|hold|continue|be)|expected\s+to|(?:is|are)\s+likely\s+to|could\s+(?:reach|rise|climb|fall|top|exceed|grow)|may\s+(?:reach|rise|climb|top|exceed|grow)|projected|projects?\s+that|forecasts?|forecast\s+to|predicts?|predicted|set\s+to\s+(?:rise|reach|top|exceed|climb|fall|grow)|on\s+(?:track|course)\s+to)\b/i;
const PLANNED =
  /\b(?:will|shall|plans?\s+to|planned\s+to|planning\s+to|aims?\s+to|aiming\s+to|intends?\s+to|(?:is|are)\s+to\s+be|has\s+promised\s+to|have\s+promised\s+to|promised\s+to|promises\s+to|pledged\s+to|pledges\s+to|vowed\s+to|vows\s+to|seeks?\s+to|wants?\s+to|calls?\s+for|called\s+for|under\s+the\s+plan|target(?:s|ed)?\s+of|a\s+target|the\s+goal|would\s+(?:reduce|increase|deploy|send|withdraw|cut|raise|add)|in\s+the\s+coming\s+(?:days|weeks|months|years)|over\s+the\s+next\s+(?:\w+\s+)?(?:days|weeks|months|years))\b/i;
/** A new clause with its own subject: its tense is its own. */
const CLAUSE_BREAK = /(?:;|,\s+(?:and|but|while|whereas)\s+|\.\s)/g;

export function findModality(a: string, sentence: { start: number; end: number }, figure: { start: number; end: number }): Modality {
  let from = sentence.start;
  for (const m of a.slice(sentence.start, figure.start).matchAll(CLAUSE_BREAK)) from = sentence.start + m.index + m[0].length;
  const comma = a.slice(figure.end, sentence.end).search(/[,;]/);
  const clause = a.slice(from, comma === -1 ? sentence.end : figure.end + comma);
  if (PROJECTED.test(clause)) return "projected";
  if (PLANNED.test(clause)) return "planned";
  return "observed";
}
