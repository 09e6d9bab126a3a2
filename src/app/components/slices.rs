//! Drawing long content a slice at a time: the first slice in the render that brings the new
//! text, each further one in a task of its own, so the browser paints and answers input in
//! between and no single task grows with the length of the text.

use std::cell::RefCell;
use std::rc::Rc;

use yew::prelude::*;

use crate::cells::Cells;

struct Progress {
    text: Rc<str>,
    count: usize,
}

/// How many of `total` items to draw for `text`. `next(from)` is the end of the slice that
/// starts at item `from`; the count grows slice by slice until it reaches `total`. When `text`
/// is a small edit of the previous one (`edited`: typing), what was drawn stays drawn rather
/// than starting again from the first slice.
#[hook]
pub fn use_slices<F>(text: Rc<str>, edited: bool, total: usize, next: F) -> usize
where
    F: Fn(usize) -> usize + 'static,
{
    let progress = use_mut_ref(|| Progress { text: "".into(), count: 0 });
    let count = {
        let mut p = progress.write();
        if !Rc::ptr_eq(&p.text, &text) {
            p.count = if edited && p.count > 0 { p.count } else { next(0) };
            p.text = text.clone();
        }
        p.count = p.count.min(total);
        p.count
    };
    let redraw = use_force_update();
    let next = Rc::new(next);
    use_effect_with((Rc::as_ptr(&text) as *const u8 as usize, count, total), move |_| {
        let timer = (count < total).then(|| {
            let progress: Rc<RefCell<Progress>> = progress.clone();
            crate::services::once::timeout(0, move || {
                let more = next(progress.read().count).max(count + 1);
                progress.write().count = more;
                redraw.force_update();
            })
        });
        move || drop(timer)
    });
    count
}
