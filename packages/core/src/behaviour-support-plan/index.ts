// behaviour support plan: the domain's public face.
export {};
