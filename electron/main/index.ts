import { start } from './lifecycle';

// The main bundle's entry: everything else is in lifecycle.ts and the modules it wires.
start();
