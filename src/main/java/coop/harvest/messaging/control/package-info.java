/** Plain rules of messaging: phone numbers, SMS encoding and splitting, texts, retry backoff, alert crossings, replies. */
package coop.harvest.messaging.control;
