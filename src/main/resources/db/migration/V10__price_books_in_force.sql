-- When each price book came into force: the first time any node of AMI Lab charged with it. A
-- playground bills usage after that instant at this book, usage before at the book before, so the
-- instant must outlive a restart and be the same for every node (docs/decisions/017).
create table price_book_in_force (
    book_hash varchar(64)              not null primary key,
    since     timestamp with time zone not null
);
