use sled::Transactional;
use std::time::Instant;
#[test]
fn tx_vs_batch() {
    let tmp = tempfile::tempdir_in("/work").unwrap();
    let db = sled::open(tmp.path()).unwrap();
    let a = db.open_tree("a").unwrap();
    let b = db.open_tree("b").unwrap();
    let c = db.open_tree("c").unwrap();
    let mut batch = sled::Batch::default();
    for i in 0..100_000u64 { batch.insert(&i.to_be_bytes(), vec![7u8; 300]); }
    let t = Instant::now();
    a.apply_batch(batch.clone()).unwrap();
    db.flush().unwrap();
    eprintln!("batch: {:?}", t.elapsed());
    let t = Instant::now();
    let r: Result<(), sled::transaction::TransactionError<()>> = (&b, &c).transaction(|(b, c)| { b.apply_batch(&batch)?; c.insert(b"x", b"y")?; Ok(()) });
    r.unwrap();
    db.flush().unwrap();
    eprintln!("tx: {:?}", t.elapsed());
}
