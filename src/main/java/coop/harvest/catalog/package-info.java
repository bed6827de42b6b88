/**
 * The catalogue: products with Chinese and English names and a unit, read by every component through
 * {@code boundary.Catalog} as {@code CatalogProduct}, and the per-product lock ({@code boundary.ProductLock}, an update
 * of the product's row) that serialises matching and reservations: taken first, in the order product, listing,
 * demand, order. Near the bottom of the chain (README, Layout): it depends only on audit and platform. The shared
 * words (grades, certifications, counties) live in {@code coop.harvest.vocabulary}.
 */
package coop.harvest.catalog;
