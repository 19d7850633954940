/** Reads the InstaFake datasets (Akyon &amp; Kalfaoglu 2019, CC BY-NC 4.0) in place: labelled profiles, post series. */
package io.microscout.importer.instafake;
