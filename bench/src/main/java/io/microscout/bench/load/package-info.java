/** What the machine was doing while a benchmark ran: the load average printed beside every figure. */
package io.microscout.bench.load;
