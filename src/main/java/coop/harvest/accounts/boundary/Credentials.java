package coop.harvest.accounts.boundary;

import coop.harvest.platform.RequestBody;
import jakarta.validation.constraints.NotBlank;

/** Username and password for a token. */
public class Credentials implements RequestBody {

    @NotBlank(message = "is required")
    public String username;

    @NotBlank(message = "is required")
    public String password;

    public Credentials() {
    }

    public Credentials(String username, String password) {
        this.username = username;
        this.password = password;
    }
}
