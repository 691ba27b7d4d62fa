# The site-specific part of memorial.vcl for docker-compose.yml: its two app instances, on the
# compose network, and who may purge (the instances, from the network's private addresses).

backend app1 {
    .host = "app1";
    .port = "3000";
    .probe = memorial_ready;
    .connect_timeout = 2s;
    .first_byte_timeout = 30s;
}

backend app2 {
    .host = "app2";
    .port = "3000";
    .probe = memorial_ready;
    .connect_timeout = 2s;
    .first_byte_timeout = 30s;
}

sub vcl_init {
    new origin = directors.round_robin();
    origin.add_backend(app1);
    origin.add_backend(app2);
}

acl purgers {
    "127.0.0.1";
    "10.0.0.0"/8;
    "172.16.0.0"/12;
    "192.168.0.0"/16;
}
