package coop.harvest.consultation.boundary;

import java.util.List;

/** An expert as the public sees them: name, title, crops and how many answers they gave. No contact details. */
public record ExpertView(long id, String name, String title, List<String> specialties, long answers) {
}
