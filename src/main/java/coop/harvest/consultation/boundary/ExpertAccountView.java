package coop.harvest.consultation.boundary;

import java.util.List;

/** The expert account staff just created (role EXPERT), with its profile. */
public record ExpertAccountView(long id, String username, String displayName, String role, String title,
                                List<String> specialties) {
}
