// Typed access to the JSON written by tests/fixtures/survival.R.
import {readFixture} from "../../data-loaders/engine-validation/read-fixture.js";

export const loadFixture = <T>(name: string): T => readFixture<T>(`survival-${name}.json`);
