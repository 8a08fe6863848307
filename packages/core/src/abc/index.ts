// abc: the domain's public face.
export {};
