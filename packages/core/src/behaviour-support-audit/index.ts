// behaviour support audit: the domain's public face.
export {};
