package coop.harvest.accounts.boundary;

import coop.harvest.accounts.entity.Account;

/** Who is calling: what every boundary needs for authorization and ownership checks. */
public record Caller(long accountId, String username, Role role, Long cooperativeId, String displayName,
                     String publicName, String language) {

    public static Caller of(Account account) {
        return new Caller(account.getId(), account.getUsername(), account.getRole(),
                account.getCooperative() == null ? null : account.getCooperative().getId(),
                account.getDisplayName(), account.publicName(), account.getLocale());
    }

    public boolean isStaff() {
        return role == Role.STAFF;
    }

    public boolean isBuyer() {
        return role == Role.BUYER;
    }

    public boolean isExpert() {
        return role == Role.EXPERT;
    }

    public boolean isCooperative() {
        return role == Role.COOPERATIVE;
    }

    /** True when this caller is the cooperative with that id. */
    public boolean ownsCooperative(Long id) {
        return cooperativeId != null && cooperativeId.equals(id);
    }
}
