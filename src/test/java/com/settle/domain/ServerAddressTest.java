package com.settle.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ServerAddressTest {

    @Test
    void readsTheFormsAClerkWrites() {
        assertThat(ServerAddress.parse("--server", " postgresql://books.example.com:6543/settle "))
                .isEqualTo(new ServerAddress("books.example.com", 6543, "settle"));
        assertThat(ServerAddress.parse("--server", "postgres://10.0.0.5/acme_books/"))
                .isEqualTo(new ServerAddress("10.0.0.5", 5432, "acme_books"));
        assertThat(ServerAddress.parse("--server", "postgresql://[::1]:5433/settle").jdbcUrl())
                .isEqualTo("jdbc:postgresql://[::1]:5433/settle");
    }

    @Test
    void refusesWhatIsNotAnAddressNamingTheFieldAndTheForm() {
        assertThatThrownBy(() -> ServerAddress.parse("--server", "")).hasMessage("--server is empty; write it as"
                + " postgresql://host:port/database, for example postgresql://books.example.com:5432/settle.");
        assertThatThrownBy(() -> ServerAddress.parse("Server", "books.example.com"))
                .hasMessageStartingWith("Server is not a server address; write it as postgresql://host:port/database");
        assertThatThrownBy(() -> ServerAddress.parse("Server", "postgresql://books.example.com:5432"))
                .hasMessageStartingWith("Server is not a server address");
        assertThatThrownBy(() -> ServerAddress.parse("--server", "postgresql://ann:secret@books/settle"))
                .isInstanceOf(ValidationException.class)
                .hasMessageStartingWith("--server holds a user name: leave it out of the address and sign in with"
                        + " your own user name and password");
        assertThatThrownBy(() -> ServerAddress.parse("--server", "postgresql://books:70000/settle"))
                .hasMessage("--server names port 70000, which no server can have: a port is 1 to 65535"
                        + " (PostgreSQL's own is 5432).");
    }
}
