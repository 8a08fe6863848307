// pal: the domain's public face.
export {};
