// scatter plot: the domain's public face.
export {};
