/** {@code bench embed}: texts per second of real creator texts through the embedder, beside the bare ONNX session. */
package io.microscout.bench.embed;
