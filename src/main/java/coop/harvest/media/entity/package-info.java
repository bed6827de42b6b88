/** The reference to a stored image (its content hashes and sizes); the bytes live in files. */
package coop.harvest.media.entity;
