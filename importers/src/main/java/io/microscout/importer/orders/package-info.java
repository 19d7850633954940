/**
 * Shop order exports read for campaign attribution: Shopify's order export, WooCommerce's order export (coupon
 * items, order attribution meta) and any CSV through a column mapping. Only what attribution needs is read; the
 * buyer's e-mail, name and address are never read.
 */
package io.microscout.importer.orders;
