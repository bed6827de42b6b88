package coop.harvest.consultation.boundary;

import coop.harvest.accounts.boundary.AccountView;
import coop.harvest.accounts.boundary.Accounts;
import coop.harvest.accounts.boundary.CurrentUser;
import coop.harvest.accounts.boundary.NewStaff;
import coop.harvest.catalog.boundary.Catalog;
import coop.harvest.consultation.entity.ExpertProfile;
import coop.harvest.audit.boundary.AuditLog;
import coop.harvest.platform.FieldError;
import coop.harvest.platform.Page;
import coop.harvest.platform.PageRequest;
import coop.harvest.platform.ProblemException;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Experts: staff create them with their specialties; anyone reads who they are and how much they answered. */
@Stateless
@PermitAll
public class Experts {

    @PersistenceContext
    EntityManager em;

    @Inject
    Accounts accounts;

    @Inject
    Catalog catalog;

    @Inject
    CurrentUser currentUser;

    @Inject
    AuditLog audit;

    /** Creates an expert account with its profile (staff; audited). 422 unknown product or weak password, 409 taken. */
    @RolesAllowed("STAFF")
    public ExpertAccountView create(@Valid @NotNull(message = "a JSON body is required") NewExpert request) {
        ExpertAccountView created = createFor(request);
        audit.record(currentUser.require().username(), "EXPERT_CREATED", "ACCOUNT", created.id(),
                created.username() + " " + String.join(",", created.specialties()));
        return created;
    }

    /** The same without the caller's role: for start-up demo data only, never exposed over HTTP. */
    public ExpertAccountView createFor(@Valid @NotNull NewExpert request) {
        Set<String> specialties = new LinkedHashSet<>();
        List<FieldError> errors = new ArrayList<>();
        for (String code : request.specialties) {
            if (code == null || catalog.product(code.strip()).isEmpty()) {
                errors.add(new FieldError("specialties", "'" + code + "' is not a product of the catalogue"));
            } else {
                specialties.add(code.strip());
            }
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        NewStaff account = new NewStaff();
        account.username = request.username;
        account.password = request.password;
        account.displayName = request.displayName;
        AccountView created = accounts.createExpert(account);
        ExpertProfile profile = new ExpertProfile(created.id(), created.displayName(), request.title.strip(),
                specialties);
        em.persist(profile);
        em.flush();
        return new ExpertAccountView(created.id(), created.username(), created.displayName(),
                "EXPERT", profile.getTitle(), List.copyOf(profile.getSpecialties()));
    }

    /** Every expert with the number of answers given, by name. */
    public Page<ExpertView> list(PageRequest page) {
        List<ExpertProfile> profiles = em.createQuery("SELECT e FROM ExpertProfile e ORDER BY e.name, e.accountId",
                ExpertProfile.class).setFirstResult(page.offset()).setMaxResults(page.size()).getResultList();
        long total = em.createQuery("SELECT COUNT(e) FROM ExpertProfile e", Long.class).getSingleResult();
        Map<Long, Long> answers = answerCounts();
        return page.page(profiles.stream().map(p -> new ExpertView(p.getAccountId(), p.getName(), p.getTitle(),
                List.copyOf(p.getSpecialties()), answers.getOrDefault(p.getAccountId(), 0L))).toList(), total);
    }

    /** The expert's profile, if the account is an expert. */
    public Optional<ExpertProfile> profile(long accountId) {
        return Optional.ofNullable(em.find(ExpertProfile.class, accountId));
    }

    /** The experts who answer about this product. */
    public List<Long> expertsOf(String product) {
        return em.createQuery("SELECT e.accountId FROM ExpertProfile e JOIN e.specialties s WHERE s = :p", Long.class)
                .setParameter("p", product).getResultList();
    }

    private Map<Long, Long> answerCounts() {
        Map<Long, Long> counts = new HashMap<>();
        for (Object[] row : em.createQuery("SELECT a.expertId, COUNT(a) FROM Answer a GROUP BY a.expertId",
                Object[].class).getResultList()) {
            counts.put((Long) row[0], (Long) row[1]);
        }
        return counts;
    }
}
