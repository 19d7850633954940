/** Trained models as files: the fake-account model's JSON form, and the one the application ships. */
package io.microscout.models;
