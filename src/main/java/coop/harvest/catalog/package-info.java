/**
 * The catalogue: products (with Chinese and English names and a unit), produce grades, certifications and the
 * counties of Huaihua. Every other component validates against it.
 */
package coop.harvest.catalog;
