// careerplan/occupations: the embedded O*NET skills default (a separate entry point).
export {};
