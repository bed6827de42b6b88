/** Posts as stored in BUREAU_POST. */
package coop.harvest.posts.entity;
