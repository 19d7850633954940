/** CLI of authenticity: train/eval of the fake-account model, classify accounts, judge a follower sample. */
package io.microscout.cli.authenticity;
