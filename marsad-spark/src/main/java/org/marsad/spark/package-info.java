/**
 * The Spark job: a thin main that reads inputs, runs the core pipeline per partition and writes
 * tables. Spark stays in this module only.
 */
package org.marsad.spark;
