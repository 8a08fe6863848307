// planned visits: the domain's public face.
export {};
