-- One database per service (docker-compose; deploy/db.sh does the same on a local PostgreSQL).
CREATE DATABASE sme_customer;
CREATE DATABASE sme_rating;
CREATE DATABASE sme_origination;
CREATE DATABASE sme_monitoring;
CREATE DATABASE sme_collections;
