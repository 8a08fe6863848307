// restrictive interventions: the domain's public face.
export {};
