package coop.harvest.platform;

/**
 * Marks a JSON request body, read by {@link JsonRecordReader}: a record without constraint annotations, or a class
 * with a public no-argument constructor whose public fields are the request's fields, each with its Bean Validation
 * constraints. Request bodies are classes rather than records because Payara's
 * OpenAPI generator fails on constraint annotations that records copy onto their constructor parameters.
 */
public interface RequestBody {
}
