/** The same nesting as T with every leaf a string: the shape a translation must provide. */
export type DeepStrings<T> = { [K in keyof T]: T[K] extends string ? string : DeepStrings<T[K]> };
