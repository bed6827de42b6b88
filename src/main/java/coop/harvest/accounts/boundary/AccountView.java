package coop.harvest.accounts.boundary;

import coop.harvest.accounts.entity.Account;

/** An account as its owner (and staff) see it; contact details never appear in public views. */
public record AccountView(long id, String username, String displayName, Role role, Long cooperativeId,
                          String cooperativeName, String organization, String email, String phone,
                          boolean suspended, String deliveryAddress, long version) {

    public static AccountView of(Account a) {
        return new AccountView(a.getId(), a.getUsername(), a.getDisplayName(), a.getRole(),
                a.getCooperative() == null ? null : a.getCooperative().getId(),
                a.getCooperative() == null ? null : a.getCooperative().getName(),
                a.getOrganization(), a.getEmail(), a.getPhone(), a.isSuspended(),
                a.getDeliveryAddress(), a.getVersion());
    }
}
