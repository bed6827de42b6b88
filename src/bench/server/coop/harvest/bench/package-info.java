/**
 * Benchmark-only endpoints, compiled into the WAR by the {@code bench} Maven profile and never by the normal build:
 * the trivial-POST and raw-JDBC ceilings that the benchmark's figures are divided by, and the import of historic
 * orders (backdated trades that no service can create).
 */
package coop.harvest.bench;
