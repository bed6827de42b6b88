package coop.harvest.contracts.entity;

/** Where a contract stands; PROPOSED and ACTIVE contracts hold quantity of their offer. */
public enum ContractStatus {
    PROPOSED, ACTIVE, DECLINED, CANCELLED, FULFILLED, TERMINATED;

    public boolean holdsQuantity() {
        return this == PROPOSED || this == ACTIVE;
    }
}
