// staff training: the domain's public face.
export {};
