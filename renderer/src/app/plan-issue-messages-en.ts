/**
 * Words for plan issues (app/plan-issue-words.ts, PlanIssues.tsx): where in the plan a problem
 * is, when the entity or field has no name of its own. The sentences of what is wrong are in
 * core/text/plan-issue-text.ts.
 */
export const planIssuesEn = {
  /** One issue: where, then what is wrong and what would fix it. */
  line: '{{where}}: {{what}}',
  /** The where part of a line, before the sentence. */
  lead: '{{where}}: ',
  more: 'and {{count}} more problem(s) of the same kind or elsewhere in the plan',
  label: 'Problems in the plan',
  /** A field of an entity. */
  fieldOf: '{{entity}} › {{field}}',
  place: {
    somewhere: 'a part of the plan',
    wholePlan: 'the plan as a whole',
    format: 'the format of the plan file',
    all: 'the list of {{section}}s',
    nth: '{{section}} no. {{n}}',
    inNthScenario: '{{what}} in scenario no. {{n}}',
    inheritedMeasure: 'an inherited measure',
    nthOverride: 'change no. {{n}} to an inherited measure',
    comments: 'the review comments',
    comment: 'review comment no. {{n}}',
    uncertainty: 'the uncertain inputs',
    uncertainInput: 'uncertain input no. {{n}}',
    report: 'the report settings',
  },
  uncertainField: {
    id: 'its id',
    address: 'the input it varies',
    distribution: 'its distribution',
    mode: 'how it is applied',
  },
};
