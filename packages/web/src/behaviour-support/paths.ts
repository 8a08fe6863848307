// Where the Positive Behaviour Support pages live, so links and routes agree.
export const behaviourSupportPaths = {
  hub: (personId: string) => `/people/${personId}/behaviour-support`,
  plan: (personId: string) => `/people/${personId}/behaviour-support/plan`,
  abc: (personId: string) => `/people/${personId}/behaviour-support/abc`,
  abcNew: (personId: string) => `/people/${personId}/behaviour-support/abc/new`,
  analysis: (personId: string) => `/people/${personId}/behaviour-support/analysis`,
  scatterPlot: (personId: string) => `/people/${personId}/behaviour-support/scatter-plot`,
  pal: (personId: string) => `/people/${personId}/pal`,
  restrictiveInterventions: (personId: string) => `/people/${personId}/behaviour-support/restrictive-interventions`,
};

/** The organisation's pages: trends across services, audits, training, the PAL statement text. */
export const organisationBehaviourSupportPaths = {
  hub: '/behaviour-support',
  interventionTrends: '/behaviour-support/restrictive-interventions',
  audits: '/behaviour-support/audits',
  training: '/training',
  palStatements: '/settings/pal',
};
